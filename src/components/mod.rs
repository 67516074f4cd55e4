//! UI components, one per file, each named for what it shows.

mod article_panel;
mod notice_bar;
mod quiz_panel;
mod site_footer;
mod site_header;
mod tab_bar;
mod tab_panel;
mod timeline_panel;

pub use article_panel::ArticlePanel;
pub use notice_bar::NoticeBar;
pub use quiz_panel::QuizPanel;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use tab_bar::TabBar;
pub use tab_panel::TabPanel;
pub use timeline_panel::TimelinePanel;
