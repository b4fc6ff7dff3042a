//! mistake: collected `&'static str` club codes into a `Vec<String>`
//! offending: t.code
//! category: type
struct Team {
    code: &'static str,
    points: u32,
}

fn main() {
    let teams = vec![Team { code: "ARS", points: 89 }, Team { code: "MCI", points: 91 }];
    let mut codes: Vec<String> = Vec::new();
    for t in &teams {
        if t.points > 80 {
            codes.push(t.code);
        }
    }
    println!("{codes:?}");
}
