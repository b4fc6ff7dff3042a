//! mistake: kept a running goal total in an outer variable declared without `mut`
//! offending: total += m.home_goals + m.away_goals
//! category: ownership
use comprehensions::comp;

struct Fixture {
    home_goals: u32,
    away_goals: u32,
}

fn main() {
    let fixtures = vec![Fixture { home_goals: 2, away_goals: 1 }, Fixture { home_goals: 0, away_goals: 0 }];
    let total = 0;
    let running = comp![{ total += m.home_goals + m.away_goals; total } for m in &fixtures];
    println!("{running:?}");
}
