//! mistake: Python's `sorted(g.scores)` ported as `g.scores.clone().sort()` pushed in a loop; it sorts in place and returns `()`
//! offending: g.scores.clone().sort()
//! category: python-habit
struct Group {
    name: String,
    scores: Vec<i32>,
}

fn main() {
    let groups = vec![Group { name: "a".into(), scores: vec![3, 1, 2] }];
    let mut sorted_scores: Vec<Vec<i32>> = Vec::new();
    for g in &groups {
        sorted_scores.push(g.scores.clone().sort());
    }
    println!("{} {:?}", groups[0].name, sorted_scores);
}
