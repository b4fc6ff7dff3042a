//! mistake: compared against Python's capitalised `True`
//! offending: True
//! category: python-habit
struct Pupil {
    name: &'static str,
    enrolled: bool,
}

fn main() {
    let pupils = vec![
        Pupil { name: "Nia", enrolled: true },
        Pupil { name: "Oto", enrolled: false },
    ];
    let current: Vec<&str> = pupils.iter().filter(|p| p.enrolled == True).map(|p| p.name).collect();
    println!("{current:?}");
}
