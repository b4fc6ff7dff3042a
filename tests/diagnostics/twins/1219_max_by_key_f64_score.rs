//! mistake: Python's `max((r for r in runs), key=lambda r: r.score)` as `.max_by_key` on a float score: `f64` is not `Ord`
//! offending: max_by_key(|r| r.score)
//! category: type

struct Run {
    name: String,
    score: f64,
    finished: bool,
}

struct Leaderboard {
    runs: Vec<Run>,
}

impl Leaderboard {
    fn best(&self) -> Option<&Run> {
        self.runs.iter().filter(|r| r.finished).max_by_key(|r| r.score)
    }
}

fn main() {
    let board = Leaderboard { runs: vec![Run { name: "a".into(), score: 9.5, finished: true }] };
    println!("{:?}", board.best().map(|r| &r.name));
}
