//! mistake: a boxed lazy form returned without `move`: its filter borrows the parameter `min`, which dies with the function
//! offending: s.points >= min
//! category: ownership
use comprehensions::comp;

struct Score {
    player: String,
    points: u32,
}

fn above(scores: &[Score], min: u32) -> Box<dyn Iterator<Item = &str> + '_> {
    Box::new(comp!((s.player.as_str() for s in scores if s.points >= min)))
}

fn main() {
    let scores = vec![
        Score { player: "ann".into(), points: 120 },
        Score { player: "bob".into(), points: 80 },
    ];
    for p in above(&scores, 100) {
        println!("{p}");
    }
}
