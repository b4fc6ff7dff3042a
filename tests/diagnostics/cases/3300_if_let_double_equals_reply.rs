//! mistake: wrote `if let Some(parent) == p.reply_to` with `==` instead of `=`
//! offending: ==
//! category: syntax
use comprehensions::comp;

struct Post {
    id: u64,
    reply_to: Option<u64>,
}

fn main() {
    let posts = vec![Post { id: 1, reply_to: None }, Post { id: 2, reply_to: Some(1) }];
    let threads = comp![(parent, p.id) for p in &posts if let Some(parent) == p.reply_to];
    println!("{threads:?}");
}
