//! mistake: formatted a standings row with a Python f-string
//! offending: f"{t.name}: {t.points} pts"
//! category: python-habit
struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let table = vec![
        Standing { name: "Liverpool".into(), points: 82 },
        Standing { name: "Arsenal".into(), points: 74 },
    ];
    let rows: Vec<String> = table.iter().map(|t| f"{t.name}: {t.points} pts").collect();
    for r in rows {
        println!("{r}");
    }
}
