//! mistake: compared a flag with Python's capitalised `True`
//! offending: True
//! category: python-habit
use comprehensions::comp;

struct Shift {
    nurse: String,
    ward: &'static str,
    confirmed: bool,
}

fn main() {
    let roster = vec![
        Shift { nurse: "Kim".into(), ward: "ICU", confirmed: true },
        Shift { nurse: "Lee".into(), ward: "ER", confirmed: false },
    ];
    let on_duty = comp![s.nurse.as_str() for s in &roster if s.confirmed == True];
    println!("{on_duty:?} {}", roster[0].ward);
}
