//! mistake: incremented each pupil's absences while iterating `&pupils` (a shared borrow)
//! offending: p.absences += 1
//! category: ownership
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
    let mut updated = Vec::new();
    for p in &pupils {
        if !p.present_today {
            updated.push((p.name, { p.absences += 1; p.absences }));
        }
    }
    println!("{updated:?} {}", pupils.len());
    pupils.clear();
}
