//! mistake: used an eager `acomp!` (awaited in place) directly in the synchronous `fn main`
//! offending: .await
//! category: async
struct Chunk {
    origin: (i32, i32),
    tiles: Vec<u8>,
}

async fn load_chunk(origin: (i32, i32)) -> Chunk {
    Chunk { origin, tiles: vec![0; 16] }
}

fn main() {
    let coords = vec![(0, 0), (0, 1), (1, 0)];
    let mut chunks = Vec::new();
    for c in coords {
        chunks.push(load_chunk(c).await);
    }
    for ch in &chunks {
        println!("{:?}: {} tiles", ch.origin, ch.tiles.len());
    }
}
