//! mistake: indexed the standings with an `i32` position
//! offending: table[pos]
//! category: type
struct Standing {
    name: String,
    points: u32,
}

fn main() {
    let table = vec![
        Standing { name: "Leverkusen".into(), points: 90 },
        Standing { name: "Stuttgart".into(), points: 73 },
        Standing { name: "Bayern".into(), points: 72 },
    ];
    let podium: i32 = 3;
    let mut top = Vec::new();
    for pos in 0..podium {
        top.push((pos + 1, table[pos].name.as_str()));
    }
    println!("{top:?}");
}
