//! mistake: prefix `await read(id).unwrap_or(0.0)` meaning `(await read(id)) or 0.0`; prefix `await` awaits the whole chain, so `unwrap_or` is called on the future
//! offending: unwrap_or
//! category: async
async fn read(id: u32) -> Option<f64> {
    if id > 1 { Some(id as f64) } else { None }
}

async fn run() {
    let ids: Vec<u32> = vec![1, 2, 3];
    let mut vals: Vec<f64> = Vec::new();
    for id in &ids {
        vals.push(read(*id).unwrap_or(0.0).await);
    }
    println!("{vals:?}");
}

fn main() {
    futures::executor::block_on(run());
}
