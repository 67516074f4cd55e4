//! UI components, one per file, each named for what it shows.

mod article_panel;
mod article_search;
mod citation_link;
mod citations;
mod claim_list;
mod contest_note;
mod documents_bar;
mod event_details;
mod fact_box;
mod figure_chart;
mod notice_bar;
mod quiz_panel;
mod quiz_question;
mod quiz_results;
mod quiz_start;
mod score_chart;
mod section_view;
mod show_more;
mod site_footer;
mod site_header;
mod sources_view;
mod tab_bar;
mod tab_panel;
pub mod tabs;
pub mod timeline_axis;
mod timeline_list;
mod timeline_overview;
mod timeline_panel;
mod timeline_surface;
pub mod timeline_toolbar;
mod yours_pending;

pub use article_panel::ArticlePanel;
pub use article_search::ArticleSearch;
pub use citation_link::citation_link;
pub use citations::citations;
pub use claim_list::ClaimList;
pub use contest_note::{contest_note, fact_row_id};
pub use documents_bar::{DocumentsBar, DocumentsBarProps};
pub use event_details::EventDetails;
pub use fact_box::FactBox;
pub use figure_chart::FigureChart;
pub use notice_bar::NoticeBar;
pub use quiz_panel::QuizPanel;
pub use quiz_question::QuizQuestion;
pub use quiz_results::QuizResults;
pub use quiz_start::QuizStart;
pub use score_chart::ScoreChart;
pub use section_view::SectionView;
pub use show_more::{show_more, use_shown};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use sources_view::SourcesView;
pub use tab_bar::TabBar;
pub use tab_panel::TabPanel;
pub use timeline_axis::TimelineAxis;
pub use timeline_list::TimelineList;
pub use timeline_overview::TimelineOverview;
pub use timeline_panel::TimelinePanel;
pub use timeline_surface::TimelineSurface;
pub use timeline_toolbar::TimelineToolbar;
pub use yours_pending::YoursPending;

/// `8869` → `"8.7 KB"`.
pub fn kilobytes(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}
