//! mistake: iterated the upload batch by value, then used it again for the log line
//! offending: batch.len()
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Packet {
    seq: u32,
    payload: Vec<u8>,
}

fn main() {
    let batch = vec![
        Packet { seq: 1, payload: vec![0x01, 0x9A] },
        Packet { seq: 2, payload: vec![] },
        Packet { seq: 3, payload: vec![0x02, 0x10, 0xFF] },
    ];
    let non_empty = comp![p for p in batch if !p.payload.is_empty()];
    println!("kept {} of {}: {:?}", non_empty.len(), batch.len(), non_empty.iter().map(|p| p.seq).collect::<Vec<_>>());
}
