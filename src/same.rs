//! A shared value compared by identity: a prop or a memo key (the explorer's data, the
//! timeline's thousands of events) compares in constant time, not element by element on every
//! render (`Rc`'s own `==` compares the values).

use std::ops::Deref;
use std::rc::Rc;

#[derive(Debug)]
pub struct Same<T>(Rc<T>);

impl<T> Same<T> {
    pub fn new(value: T) -> Self {
        Same(Rc::new(value))
    }
}

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Same<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_to_itself_and_its_clones() {
        let a = Same::new(vec![1, 2, 3]);
        assert!(a == a.clone());
        assert!(a != Same::new(vec![1, 2, 3]), "equal values, another value");
        assert_eq!(a.len(), 3);
    }
}
