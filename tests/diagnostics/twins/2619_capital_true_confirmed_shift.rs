//! mistake: compared a flag with Python's capitalised `True`
//! offending: True
//! category: python-habit
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
    let mut on_duty = Vec::new();
    for s in &roster {
        if s.confirmed == True {
            on_duty.push(s.nurse.as_str());
        }
    }
    println!("{on_duty:?} {}", roster[0].ward);
}
