//! mistake: called a `&mut self` emit method while iterating one of `self`'s own fields
//! offending: self.emit(op)
//! category: ownership
struct Codegen {
    pending: Vec<u8>,
    out: Vec<u8>,
}

impl Codegen {
    fn emit(&mut self, op: u8) -> usize {
        self.out.push(op);
        self.out.len() - 1
    }

    fn flush(&mut self) -> Vec<usize> {
        let mut offsets = Vec::new();
        for &op in &self.pending {
            offsets.push(self.emit(op));
        }
        offsets
    }
}

fn main() {
    let mut cg = Codegen { pending: vec![0x64, 0x17, 0x53], out: Vec::new() };
    let offsets = cg.flush();
    println!("{offsets:?} {:?}", cg.out);
}
