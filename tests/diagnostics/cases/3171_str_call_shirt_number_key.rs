//! mistake: converted a shirt number to a string key with Python's `str(..)`
//! offending: str(p.shirt)
//! category: python-habit
use comprehensions::comp;

struct Player {
    name: String,
    shirt: u8,
}

fn main() {
    let squad = vec![
        Player { name: "Salah".into(), shirt: 11 },
        Player { name: "Van Dijk".into(), shirt: 4 },
    ];
    let by_number = comp!({str(p.shirt): p.name.clone() for p in &squad});
    println!("{by_number:?}");
}
