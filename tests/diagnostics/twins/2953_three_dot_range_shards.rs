//! mistake: wrote the shard range as `0...shards`
//! offending: ...
//! category: syntax
fn main() {
    let shards: u32 = 4;
    let mut topics = Vec::new();
    for n in 0...shards {
        topics.push(format!("chat.fanout.{n}"));
    }
    println!("{topics:?}");
}
