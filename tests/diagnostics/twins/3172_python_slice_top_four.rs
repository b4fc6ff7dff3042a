//! mistake: took the top four of the standings with Python's slice `[:4]`
//! offending: [:4]
//! category: python-habit
struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let standings = vec![
        Standing { name: "Man City".into(), points: 91 },
        Standing { name: "Arsenal".into(), points: 89 },
        Standing { name: "Liverpool".into(), points: 82 },
        Standing { name: "Aston Villa".into(), points: 68 },
        Standing { name: "Spurs".into(), points: 66 },
    ];
    let ucl: Vec<String> = standings[:4].iter().map(|t| t.name.clone()).collect();
    println!("{ucl:?}");
}
