//! mistake: took the top four of the standings with Python's slice `[:4]`
//! offending: [:4]
//! category: python-habit
use comprehensions::comp;

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
    let ucl = comp![t.name.clone() for t in &standings[:4]];
    println!("{ucl:?}");
}
