//! This crate does not depend on `comp`: the macros come from
//! `comp-test-reexport`, and their expansions reach `comp`'s runtime
//! through `$crate` all the same.

#[cfg(test)]
mod tests {
    use framework::{acomp, comp};
    use futures::executor::block_on;
    use futures::stream;

    #[test]
    fn sync_forms_through_a_reexport() {
        assert_eq!(comp![x * x for x in 1..4], [1, 4, 9]);
        assert_eq!(comp!({c for c in "abca".chars()}).len(), 3);
        assert_eq!(comp!((x for x in 0..)).nth(2), Some(2));
        assert!(comp![n.parse::<u8>()? for n in ["1", "x"]].is_err());
    }

    #[test]
    fn async_forms_through_a_reexport() {
        block_on(async {
            assert_eq!(acomp![x + 1 async for x in stream::iter(0..3)], [1, 2, 3]);
            let m = acomp!({x: async { x * 2 }.await for x in 0..3}; concurrency = 2);
            assert_eq!(m[&2], 4);
        });
    }
}
