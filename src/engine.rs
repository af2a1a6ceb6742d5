//! The one place the app asks the rules crate for an assessment. The engine
//! picks the parameters in force on the draft's submission date; a test
//! build (`second-version-fixture`, never served) gives it the table with the
//! hypothetical second version instead, so the browser test can show the
//! whole page switching by date.

use booster_ia::{AssessError, Assessment, Draft};

/// The assessment of `draft` by the rules crate.
pub fn assess(draft: &Draft) -> Result<Assessment, AssessError> {
    #[cfg(feature = "second-version-fixture")]
    {
        booster_ia::assess::assess_among(&booster_ia::params::fixture_versions(), draft)
    }
    #[cfg(not(feature = "second-version-fixture"))]
    {
        booster_ia::assess(draft)
    }
}
