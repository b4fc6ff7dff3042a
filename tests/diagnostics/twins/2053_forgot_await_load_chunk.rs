//! mistake: loaded each map chunk with the async `load_chunk(c)` and forgot its `.await`
//! offending: load_chunk(c)
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
    let mut chunks: Vec<Chunk> = Vec::new();
    for c in coords {
        chunks.push(load_chunk(c));
    }
    for ch in &chunks {
        println!("{:?}: {} tiles", ch.origin, ch.tiles.len());
    }
}

fn main() {
    futures::executor::block_on(stream_world());
}
