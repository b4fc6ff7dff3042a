//! `comp` renamed to `pythonic` in Cargo.toml: the expansions must still
//! find their runtime (through `$crate`), in every form.

#[cfg(test)]
mod tests {
    use futures::executor::block_on;
    use futures::stream;
    use pythonic::{acomp, comp};

    #[test]
    fn every_sync_form_expands_under_the_new_name() {
        let xs = [1, 2, 3];
        assert_eq!(comp![x * 2 for x in xs], [2, 4, 6]);
        assert_eq!(comp!({x % 2 for x in xs}).len(), 2);
        assert_eq!(comp!({x: x * x for x in xs})[&3], 9);
        assert_eq!(comp!((x + 1 for x in xs)).sum::<i32>(), 9);
        assert_eq!(comp![s.parse::<i32>()? for s in ["1", "2"]], Ok(vec![1, 2]));
        assert_eq!(comp![y for x in xs if (y := x * 10) > 10], [20, 30]);
    }

    #[test]
    fn every_async_form_expands_under_the_new_name() {
        block_on(async {
            assert_eq!(acomp![x async for x in stream::iter(1..4)], [1, 2, 3]);
            assert_eq!(
                acomp![async { x }.await for x in 0..3; concurrency = 2],
                [0, 1, 2]
            );
            let lazy = acomp!((x * 2 async for x in stream::iter(1..4)));
            assert_eq!(futures::StreamExt::collect::<Vec<_>>(lazy).await, [2, 4, 6]);
        });
    }

    #[test]
    fn the_macros_are_reachable_by_path() {
        assert_eq!(pythonic::comp![x for x in 0..3], [0, 1, 2]);
    }
}
