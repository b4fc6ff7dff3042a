//! mistake: a lazy form over the leaderboard kept alive while the leaderboard is sorted in place
//! offending: board.sort_by
//! category: ownership
use comprehensions::comp;

fn main() {
    let mut board = vec![("ann", 30u32), ("bob", 50), ("cy", 40)];
    let names = comp!((n for (n, _) in &board));
    board.sort_by(|a, b| b.1.cmp(&a.1));
    for n in names {
        println!("{n}");
    }
}
