//! mistake: wrote the shard range as `0...shards`
//! offending: ...
//! category: syntax
use comprehensions::{comp};
fn main() {
    let shards: u32 = 4;
    let topics = comp![format!("chat.fanout.{n}") for n in 0...shards];
    println!("{topics:?}");
}
