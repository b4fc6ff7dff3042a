//! mistake: converted a like count to text with Python's `str(..)`
//! offending: str(p.likes)
//! category: python-habit
struct Post {
    likes: u32,
}

fn main() {
    let posts = vec![Post { likes: 12 }, Post { likes: 0 }, Post { likes: 4031 }];
    let labels: Vec<String> = posts.iter().map(|p| str(p.likes)).collect();
    println!("{labels:?}");
}
