//! mistake: filtered with SQL's `where` instead of `if`
//! offending: where
//! category: syntax
use comprehensions::comp;

struct Section {
    course: &'static str,
    period: u8,
    seats_left: u32,
}

fn main() {
    let schedule = vec![
        Section { course: "Spanish II", period: 2, seats_left: 0 },
        Section { course: "Chorus", period: 5, seats_left: 6 },
    ];
    let open = comp![(s.period, s.course) for s in &schedule where s.seats_left > 0];
    println!("{open:?}");
}
