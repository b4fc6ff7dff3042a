//! mistake: awaited each chunk load inside `comp!` instead of `acomp!`
//! offending: await
//! category: async
struct Chunk {
    origin: (i32, i32),
    tiles: Vec<u8>,
}

async fn load_chunk(origin: (i32, i32)) -> Chunk {
    Chunk { origin, tiles: vec![0; 16] }
}

async fn stream_world() {
    let coords = vec![(0, 0), (0, 1), (1, 0)];
    let chunks: Vec<Chunk> = coords.into_iter().map(|c| load_chunk(c).await).collect();
    for ch in &chunks {
        println!("{:?}: {} tiles", ch.origin, ch.tiles.len());
    }
}

fn main() {
    futures::executor::block_on(stream_world());
}
