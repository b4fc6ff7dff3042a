//! mistake: compared against Python's capitalised `True`
//! offending: True
//! category: python-habit
use comprehensions::comp;

struct Pupil {
    name: &'static str,
    enrolled: bool,
}

fn main() {
    let pupils = vec![
        Pupil { name: "Nia", enrolled: true },
        Pupil { name: "Oto", enrolled: false },
    ];
    let current = comp![p.name for p in &pupils if p.enrolled == True];
    println!("{current:?}");
}
