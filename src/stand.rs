//! Stand mode (`?stand`): for a shared screen at an event. Larger type, the
//! examples up front, nothing kept between visitors, and a reset after a few
//! idle minutes (`?stand&idle=SECONDS`, so tests can use seconds).

/// Stand mode settings read from the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StandMode {
    /// Seconds without a touch or a key before the page resets.
    pub idle_seconds: u32,
}

/// Default idle time before a reset: three minutes.
pub const DEFAULT_IDLE_SECONDS: u32 = 180;

/// Reads `?stand` and `idle=N` from a query string such as `?stand&idle=30`.
pub fn parse_query(search: &str) -> Option<StandMode> {
    let mut stand = false;
    let mut idle = DEFAULT_IDLE_SECONDS;
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "stand" => stand = true,
            "idle" => {
                if let Ok(seconds) = value.parse::<u32>() {
                    idle = seconds.clamp(2, 3600);
                }
            }
            _ => {}
        }
    }
    stand.then_some(StandMode { idle_seconds: idle })
}

/// Stand mode from the page's URL, if asked for.
pub fn from_location() -> Option<StandMode> {
    parse_query(
        &gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default(),
    )
}

/// Seconds before the reset at which the countdown shows: the last 30, or
/// the last half of a shorter idle time.
pub fn warn_seconds(idle: u32) -> u32 {
    if idle >= 60 {
        30
    } else {
        idle / 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_mode_and_its_idle_time_are_read_from_the_url() {
        assert_eq!(parse_query(""), None);
        assert_eq!(parse_query("?panic-test"), None);
        assert_eq!(parse_query("?stand"), Some(StandMode { idle_seconds: 180 }));
        assert_eq!(
            parse_query("?stand&idle=4"),
            Some(StandMode { idle_seconds: 4 })
        );
        assert_eq!(
            parse_query("?idle=1&stand"),
            Some(StandMode { idle_seconds: 2 })
        );
        assert_eq!(
            parse_query("?stand&idle=abc"),
            Some(StandMode { idle_seconds: 180 })
        );
        assert_eq!(warn_seconds(180), 30);
        assert_eq!(warn_seconds(4), 2);
    }
}
