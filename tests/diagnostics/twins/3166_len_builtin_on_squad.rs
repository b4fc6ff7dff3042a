//! mistake: called Python's `len()` builtin on a team's squad instead of `.len()`
//! offending: len(t.squad)
//! category: python-habit
struct Team {
    name: String,
    squad: Vec<String>,
}

fn main() {
    let teams = vec![
        Team { name: "Arsenal".into(), squad: vec!["Raya".into(), "Saliba".into()] },
        Team { name: "Brighton".into(), squad: vec!["Verbruggen".into()] },
    ];
    let sizes: Vec<(String, usize)> = teams.iter().map(|t| (t.name.clone(), len(t.squad))).collect();
    println!("{sizes:?}");
}
