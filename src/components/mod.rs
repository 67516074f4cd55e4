//! UI components, one per file, each named for what it shows.

mod article_panel;
mod article_search;
mod citation_link;
mod citations;
mod fact_box;
mod figure_chart;
mod notice_bar;
mod quiz_panel;
mod section_view;
mod site_footer;
mod site_header;
mod sources_view;
mod tab_bar;
mod tab_panel;
pub mod tabs;
mod timeline_panel;

pub use article_panel::ArticlePanel;
pub use article_search::ArticleSearch;
pub use citation_link::CitationLink;
pub use citations::Citations;
pub use fact_box::FactBox;
pub use figure_chart::FigureChart;
pub use notice_bar::NoticeBar;
pub use quiz_panel::QuizPanel;
pub use section_view::SectionView;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use sources_view::SourcesView;
pub use tab_bar::TabBar;
pub use tab_panel::TabPanel;
pub use timeline_panel::TimelinePanel;
