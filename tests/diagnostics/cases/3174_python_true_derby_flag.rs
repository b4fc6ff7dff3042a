//! mistake: compared a bool field against Python's `True`
//! offending: True
//! category: python-habit
use comprehensions::comp;

struct Fixture {
    home: &'static str,
    away: &'static str,
    is_derby: bool,
}

fn main() {
    let fixtures = vec![
        Fixture { home: "Everton", away: "Liverpool", is_derby: true },
        Fixture { home: "Fulham", away: "Wolves", is_derby: false },
    ];
    let derbies = comp![format!("{} v {}", m.home, m.away) for m in &fixtures if m.is_derby == True];
    println!("{derbies:?}");
}
