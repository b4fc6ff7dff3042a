//! mistake: filtered comments with Python's `not in` against a `HashSet` of banned user ids
//! offending: not in
//! category: python-habit
use std::collections::HashSet;

#[derive(Debug)]
struct Comment {
    id: u64,
    author_id: u64,
    body: String,
}

fn visible_comments(comments: &[Comment], banned: &HashSet<u64>) -> Vec<u64> {
    comments.iter().filter(|c| c.author_id not in banned).map(|c| c.id).collect()
}

fn main() {
    let comments = vec![
        Comment { id: 1, author_id: 10, body: "first!".to_string() },
        Comment { id: 2, author_id: 66, body: "buy cheap watches".to_string() },
    ];
    let banned: HashSet<u64> = HashSet::from([66]);
    println!("{:?} of {}", visible_comments(&comments, &banned), comments[0].body);
}
