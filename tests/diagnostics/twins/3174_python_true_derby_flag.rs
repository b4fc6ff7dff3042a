//! mistake: compared a bool field against Python's `True`
//! offending: True
//! category: python-habit
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
    let mut derbies = Vec::new();
    for m in &fixtures {
        if m.is_derby == True {
            derbies.push(format!("{} v {}", m.home, m.away));
        }
    }
    println!("{derbies:?}");
}
