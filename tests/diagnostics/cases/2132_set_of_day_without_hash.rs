//! mistake: collected distinct trading days into a set, but the `Day` struct does not derive `Hash`
//! offending: t.day
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Day {
    year: u16,
    month: u8,
    day: u8,
}

struct Trade {
    day: Day,
    volume: u64,
}

fn main() {
    let d = |year, month, day| Day { year, month, day };
    let trades = vec![
        Trade { day: d(2024, 5, 2), volume: 300 },
        Trade { day: d(2024, 5, 2), volume: 120 },
        Trade { day: d(2024, 5, 3), volume: 75 },
    ];
    // Python: trading_days = {t.day for t in trades}   (df["day"].unique())
    let trading_days = comp!({t.day for t in &trades if t.volume > 0});
    println!("{} trading days", trading_days.len());
}
