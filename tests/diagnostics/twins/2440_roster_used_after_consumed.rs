//! mistake: iterated the roster by value, then used it again for the class size
//! offending: roster.len()
//! category: ownership
struct Student {
    name: String,
    absences: u32,
}

fn main() {
    let roster = vec![
        Student { name: "Lio".into(), absences: 2 },
        Student { name: "Maya".into(), absences: 11 },
    ];
    let chronic: Vec<String> = roster.into_iter().filter(|s| s.absences > 10).map(|s| s.name).collect();
    println!("{} of {} students chronically absent: {chronic:?}", chronic.len(), roster.len());
}
