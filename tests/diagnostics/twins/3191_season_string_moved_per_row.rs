//! mistake: put the outer `season` String into every row's tuple, moving it once per team
//! offending: season
//! category: ownership
struct Team {
    name: String,
}

fn main() {
    let season = String::from("2023/24");
    let teams = vec![Team { name: "Girona".into() }, Team { name: "Real Madrid".into() }];
    let rows: Vec<(String, String)> = teams.iter().map(|t| (season, t.name.clone())).collect();
    println!("{rows:?}");
}
