//! mistake: numbered sorted rows (a `row_number()` window) with Python's builtin `enumerate(rows)`
//! offending: enumerate
//! category: python-habit
use comprehensions::comp;

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
    // Python: ranked = [(i + 1, s.player) for i, s in enumerate(leaderboard)]
    let ranked: Vec<(usize, &str)> = comp![(i + 1, s.player.as_str()) for i, s in enumerate(&leaderboard)];
    println!("{ranked:?}");
}
