use crate::text::page::{InFrench, TimelineChartWord};

impl InFrench for TimelineChartWord {
    fn fr(self) -> &'static str {
        use TimelineChartWord::*;
        match self {
            ProjectFrom => "Projet du",
            EndBy => "fin au plus tard le",
        }
    }
}
