//! mistake: iterated `teams` by value, then used it again to print the league size
//! offending: teams.len()
//! category: ownership
struct Team {
    name: String,
    founded: u16,
}

fn main() {
    let teams = vec![Team { name: "Ajax".into(), founded: 1900 }, Team { name: "PSV".into(), founded: 1913 }];
    let mut names = Vec::new();
    for t in teams {
        if t.founded < 1910 {
            names.push(t.name);
        }
    }
    println!("{names:?} of {} clubs", teams.len());
}
