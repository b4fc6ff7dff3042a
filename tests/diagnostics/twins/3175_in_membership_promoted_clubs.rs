//! mistake: tested membership in a list of promoted clubs with Python's `in`
//! offending: t.name in promoted
//! category: python-habit
struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let promoted = vec!["Ipswich".to_string(), "Leicester".to_string(), "Southampton".to_string()];
    let table = vec![
        Standing { name: "Leicester".into(), points: 25 },
        Standing { name: "Brentford".into(), points: 41 },
    ];
    let survivors: Vec<String> = table
        .iter()
        .filter(|t| t.name in promoted && t.points >= 35)
        .map(|t| t.name.clone())
        .collect();
    println!("{survivors:?}");
}
