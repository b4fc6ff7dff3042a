//! mistake: put the outer `season` String into every row's tuple, moving it once per team
//! offending: season
//! category: ownership
use comprehensions::comp;

struct Team {
    name: String,
}

fn main() {
    let season = String::from("2023/24");
    let teams = vec![Team { name: "Girona".into() }, Team { name: "Real Madrid".into() }];
    let rows = comp![(season, t.name.clone()) for t in &teams];
    println!("{rows:?}");
}
