//! mistake: incremented each pupil's absences while iterating `&pupils` (a shared borrow)
//! offending: p.absences += 1
//! category: ownership
use comprehensions::comp;

struct Pupil {
    name: &'static str,
    absences: u32,
    present_today: bool,
}

fn main() {
    let mut pupils = vec![
        Pupil { name: "Sol", absences: 3, present_today: false },
        Pupil { name: "Tam", absences: 0, present_today: true },
    ];
    let updated = comp![(p.name, { p.absences += 1; p.absences }) for p in &pupils if !p.present_today];
    println!("{updated:?} {}", pupils.len());
    pupils.clear();
}
