use crate::text::page::{InEnglish, TimelineChartWord};

impl InEnglish for TimelineChartWord {
    fn en(self) -> &'static str {
        use TimelineChartWord::*;
        match self {
            ProjectFrom => "Project from",
            EndBy => "end by",
        }
    }
}
