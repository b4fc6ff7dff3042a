//! mistake: collected `&'static str` club codes into a `Vec<String>`
//! offending: t.code
//! category: type
use comprehensions::comp;

struct Team {
    code: &'static str,
    points: u32,
}

fn main() {
    let teams = vec![Team { code: "ARS", points: 89 }, Team { code: "MCI", points: 91 }];
    let codes: Vec<String> = comp![t.code for t in &teams if t.points > 80];
    println!("{codes:?}");
}
