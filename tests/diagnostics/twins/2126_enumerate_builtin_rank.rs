//! mistake: numbered sorted rows (a `row_number()` window) with Python's builtin `enumerate(rows)`
//! offending: enumerate
//! category: python-habit

struct Score {
    player: String,
    points: u32,
}

fn main() {
    let mut leaderboard = vec![
        Score { player: "kim".into(), points: 420 },
        Score { player: "lee".into(), points: 980 },
        Score { player: "park".into(), points: 610 },
    ];
    leaderboard.sort_by(|a, b| b.points.cmp(&a.points));
    let mut ranked: Vec<(usize, &str)> = Vec::new();
    for (i, s) in enumerate(&leaderboard) {
        ranked.push((i + 1, s.player.as_str()));
    }
    println!("{ranked:?}");
}
