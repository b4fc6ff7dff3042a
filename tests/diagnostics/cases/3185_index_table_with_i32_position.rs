//! mistake: indexed the standings with an `i32` position
//! offending: table[pos]
//! category: type
use comprehensions::comp;

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
    let top = comp![(pos + 1, table[pos].name.as_str()) for pos in 0..podium];
    println!("{top:?}");
}
