//! mistake: annotated `Vec<Standing>` for a filter over `&table`, which yields `&Standing`
//! offending: leaders.push(t)
//! category: type
#[derive(Debug)]
struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let table = vec![
        Standing { name: "Inter".into(), points: 94 },
        Standing { name: "Milan".into(), points: 75 },
    ];
    let mut leaders: Vec<Standing> = Vec::new();
    for t in &table {
        if t.points > 80 {
            leaders.push(t);
        }
    }
    println!("{leaders:?}");
}
