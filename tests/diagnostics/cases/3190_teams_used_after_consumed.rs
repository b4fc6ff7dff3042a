//! mistake: iterated `teams` by value, then used it again to print the league size
//! offending: teams.len()
//! category: ownership
use comprehensions::comp;

struct Team {
    name: String,
    founded: u16,
}

fn main() {
    let teams = vec![Team { name: "Ajax".into(), founded: 1900 }, Team { name: "PSV".into(), founded: 1913 }];
    let names = comp![t.name for t in teams if t.founded < 1910];
    println!("{names:?} of {} clubs", teams.len());
}
