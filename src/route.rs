//! Hash routes (`#/article`, `#/timeline/...`, `#/quiz?seed=...`): parsing and formatting, no DOM.
//!
//! Routing lives in the URL fragment so deep links, reload and back/forward work on any static
//! host and from any sub-path.

use std::fmt;

/// The three top-level views, in tab order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Article,
    Timeline,
    Quiz,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Article, Tab::Timeline, Tab::Quiz];

    /// The path segment used in the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Tab::Article => "article",
            Tab::Timeline => "timeline",
            Tab::Quiz => "quiz",
        }
    }

    /// The visible name of the tab.
    pub fn label(self) -> &'static str {
        match self {
            Tab::Article => "Article",
            Tab::Timeline => "Timeline",
            Tab::Quiz => "Quiz",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Tab> {
        Tab::ALL
            .into_iter()
            .find(|tab| tab.slug().eq_ignore_ascii_case(slug))
    }

    /// DOM id of the tab button.
    pub fn tab_id(self) -> String {
        format!("tab-{}", self.slug())
    }

    /// DOM id of the panel the tab controls.
    pub fn panel_id(self) -> String {
        format!("panel-{}", self.slug())
    }
}

/// Which documents the explorer shows: the built-in ones, or the reader's own (`#/yours/...`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Collection {
    #[default]
    Builtin,
    Yours,
}

impl Collection {
    /// The leading path segment that selects the reader's own documents.
    const YOURS: &'static str = "yours";
}

/// A parsed location: the documents shown, the tab, the path segments after it and the query
/// pairs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub collection: Collection,
    pub tab: Tab,
    pub rest: Vec<String>,
    pub query: Vec<(String, String)>,
}

/// A fragment that names no view of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRoute(pub String);

impl fmt::Display for UnknownRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "There is no page at “#{}”", self.0)
    }
}

impl Route {
    /// The route that shows `tab` with nothing else selected.
    pub fn tab(tab: Tab) -> Self {
        Route {
            tab,
            ..Route::default()
        }
    }

    /// Parses a location fragment, with or without its leading `#`. An empty fragment is the
    /// article; a fragment that names no tab is an [`UnknownRoute`].
    pub fn parse(fragment: &str) -> Result<Route, UnknownRoute> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let mut segments = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .peekable();
        let collection = match segments.next_if(|s| s.eq_ignore_ascii_case(Collection::YOURS)) {
            Some(_) => Collection::Yours,
            None => Collection::Builtin,
        };
        let tab = match segments.next() {
            None => Tab::default(),
            Some(slug) => Tab::from_slug(&slug).ok_or_else(|| UnknownRoute(fragment.into()))?,
        };
        Ok(Route {
            collection,
            tab,
            rest: segments.collect(),
            query: parse_query(query),
        })
    }

    /// The fragment for this route, without the leading `#`: `/timeline/e12?x=1`.
    pub fn to_fragment(&self) -> String {
        let mut out = match self.collection {
            Collection::Builtin => String::new(),
            Collection::Yours => format!("/{}", Collection::YOURS),
        };
        out.push('/');
        out.push_str(self.tab.slug());
        for segment in &self.rest {
            out.push('/');
            out.push_str(&percent_encode(segment));
        }
        for (i, (key, value)) in self.query.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(&percent_encode(key));
            out.push('=');
            out.push_str(&percent_encode(value));
        }
        out
    }

    /// The route as an `href`: `#/timeline/e12?x=1`.
    pub fn href(&self) -> String {
        format!("#{}", self.to_fragment())
    }

    /// The same route in `collection`.
    pub fn within(self, collection: Collection) -> Route {
        Route { collection, ..self }
    }

    /// The route to come back to from another tab: the same view, without a cited sentence to
    /// jump to (`at`), which takes the keyboard focus and is meant for the link followed once.
    pub fn to_return_to(&self) -> Route {
        let mut route = self.clone();
        route.query.retain(|(key, _)| key != "at");
        route
    }

    /// The value of a query parameter, if present.
    pub fn query_value(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// What the Article tab shows, read from the route: `#/article/<section>` or
/// `#/article/sources/<doc number>?at=<byte offset of the cited sentence>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleView {
    /// A section by slug; `None` is the first section.
    Section(Option<String>),
    /// The sources list, or one source document (1-based number) with a cited sentence.
    Sources {
        doc: Option<usize>,
        at: Option<usize>,
    },
}

impl ArticleView {
    pub fn from_route(route: &Route) -> Self {
        match route.rest.first().map(String::as_str) {
            Some("sources") => ArticleView::Sources {
                doc: route.rest.get(1).and_then(|d| d.parse().ok()),
                at: route.query_value("at").and_then(|a| a.parse().ok()),
            },
            Some(slug) => ArticleView::Section(Some(slug.to_string())),
            None => ArticleView::Section(None),
        }
    }

    pub fn to_route(&self) -> Route {
        let mut route = Route::tab(Tab::Article);
        match self {
            ArticleView::Section(slug) => route.rest.extend(slug.clone()),
            ArticleView::Sources { doc, at } => {
                route.rest.push("sources".into());
                if let Some(doc) = doc {
                    route.rest.push(doc.to_string());
                }
                if let Some(at) = at {
                    route.query.push(("at".into(), at.to_string()));
                }
            }
        }
        route
    }
}

/// The event a timeline link selects: `#/timeline/<event id>`.
pub fn timeline_event(route: &Route) -> Option<&str> {
    (route.tab == Tab::Timeline)
        .then(|| route.rest.first().map(String::as_str))
        .flatten()
}

/// The route that selects an event on the timeline.
pub fn timeline_route(event_id: Option<&str>) -> Route {
    let mut route = Route::tab(Tab::Timeline);
    route.rest.extend(event_id.map(str::to_string));
    route
}

fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes; malformed escapes are kept as written and invalid UTF-8 is replaced,
/// so any fragment a user types decodes to something.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_fragment_is_the_article() {
        assert_eq!(Route::parse(""), Ok(Route::tab(Tab::Article)));
        assert_eq!(Route::parse("#"), Ok(Route::tab(Tab::Article)));
        assert_eq!(Route::parse("#/"), Ok(Route::tab(Tab::Article)));
    }

    #[test]
    fn tabs_parse_from_their_slugs() {
        for tab in Tab::ALL {
            let route = Route::parse(&format!("#/{}", tab.slug())).unwrap();
            assert_eq!(route.tab, tab);
            assert_eq!(Route::parse(&route.to_fragment()), Ok(route));
        }
        assert_eq!(Route::parse("#/TIMELINE").unwrap().tab, Tab::Timeline);
    }

    #[test]
    fn rest_and_query_round_trip() {
        let route = Route::parse("#/article/sources/doc%202?seed=42&kinds=a,b").unwrap();
        assert_eq!(route.tab, Tab::Article);
        assert_eq!(route.rest, ["sources", "doc 2"]);
        assert_eq!(route.query_value("seed"), Some("42"));
        assert_eq!(route.query_value("kinds"), Some("a,b"));
        assert_eq!(Route::parse(&route.to_fragment()), Ok(route));
    }

    #[test]
    fn unknown_fragment_is_reported_not_swallowed() {
        let err = Route::parse("#/nowhere/else").unwrap_err();
        assert_eq!(err.0, "/nowhere/else");
        assert!(err.to_string().contains("#/nowhere/else"));
    }

    #[test]
    fn the_readers_own_documents_have_their_own_prefix() {
        let route = Route::parse("#/yours/timeline/e1?x=1").unwrap();
        assert_eq!(route.collection, Collection::Yours);
        assert_eq!(route.tab, Tab::Timeline);
        assert_eq!(route.rest, ["e1"]);
        assert_eq!(route.to_fragment(), "/yours/timeline/e1?x=1");
        let home = Route::parse("#/yours").unwrap();
        assert_eq!(home, Route::tab(Tab::Article).within(Collection::Yours));
        assert_eq!(
            Route::parse("#/quiz").unwrap().collection,
            Collection::Builtin
        );
        assert_eq!(
            Route::parse("#/yours/nowhere").unwrap_err().0,
            "/yours/nowhere"
        );
    }

    #[test]
    fn malformed_escapes_never_panic() {
        let route = Route::parse("#/quiz/%ZZ%e2%28%a1/%").unwrap();
        assert_eq!(route.rest.len(), 2);
        assert_eq!(route.rest[1], "%");
    }

    #[test]
    fn timeline_links_name_an_event() {
        let route = Route::parse("#/timeline/1953-10-19-the-constitution").unwrap();
        assert_eq!(timeline_event(&route), Some("1953-10-19-the-constitution"));
        assert_eq!(timeline_route(Some("1953-10-19-the-constitution")), route);
        assert_eq!(timeline_event(&Route::parse("#/timeline").unwrap()), None);
        assert_eq!(timeline_event(&Route::parse("#/article/x").unwrap()), None);
    }

    #[test]
    fn article_views_round_trip() {
        for fragment in [
            "#/article",
            "#/article/history",
            "#/article/sources",
            "#/article/sources/2?at=1234",
        ] {
            let route = Route::parse(fragment).unwrap();
            let view = ArticleView::from_route(&route);
            assert_eq!(view.to_route(), route, "{fragment}");
        }
        let view = ArticleView::from_route(&Route::parse("#/article/sources/2?at=1234").unwrap());
        assert_eq!(
            view,
            ArticleView::Sources {
                doc: Some(2),
                at: Some(1234)
            }
        );
        let odd = ArticleView::from_route(&Route::parse("#/article/sources/x?at=y").unwrap());
        assert_eq!(
            odd,
            ArticleView::Sources {
                doc: None,
                at: None
            }
        );
    }
}
